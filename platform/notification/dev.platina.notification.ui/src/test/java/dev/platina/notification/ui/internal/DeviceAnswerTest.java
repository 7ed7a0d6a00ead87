package dev.platina.notification.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceAnswerTest {

    @Test
    void aSubscriptionCarriesItsEndpointAndKeys() {
        DeviceAnswer answer = DeviceAnswer.parse("subscribed\nhttps://push.example/abc\nBPkey\nauth16");

        assertThat(answer.state()).isEqualTo(DeviceAnswer.State.SUBSCRIBED);
        assertThat(answer.subscription()).contains(new DeviceAnswer.Subscription("https://push.example/abc", "BPkey",
                "auth16"));
    }

    @Test
    void theBrowsersOwnFailureMessageIsKept() {
        DeviceAnswer answer = DeviceAnswer.parse("failed\nRegistration failed - push service not available");

        assertThat(answer.state()).isEqualTo(DeviceAnswer.State.FAILED);
        assertThat(answer.problem()).contains("Registration failed - push service not available");
    }

    @Test
    void statesWithoutDetailsAreRecognised() {
        assertThat(DeviceAnswer.parse("blocked").state()).isEqualTo(DeviceAnswer.State.BLOCKED);
        assertThat(DeviceAnswer.parse("unsupported").state()).isEqualTo(DeviceAnswer.State.UNSUPPORTED);
        assertThat(DeviceAnswer.parse("dismissed").state()).isEqualTo(DeviceAnswer.State.DISMISSED);
        assertThat(DeviceAnswer.parse("off").state()).isEqualTo(DeviceAnswer.State.OFF);
    }

    @Test
    void incompleteOrUnknownAnswersAreFailuresThatSaySo() {
        assertThat(DeviceAnswer.parse("subscribed\nhttps://push.example/abc").problem())
                .contains("the browser's subscription is incomplete");
        assertThat(DeviceAnswer.parse("").problem()).contains("the browser gave no answer");
        assertThat(DeviceAnswer.parse(null).state()).isEqualTo(DeviceAnswer.State.FAILED);
        assertThat(DeviceAnswer.parse("maybe").problem()).contains("the browser's answer was not understood");
    }
}
