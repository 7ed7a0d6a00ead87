package dev.platina.skill.email.internal;

import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.PollResult;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Reads what arrived in the watched folder since the cursor, by UID. The first read of a connection, and the first
 * after the server changed the folder's UIDVALIDITY, starts after the newest mail there: connecting a mailbox must
 * not replay years of mail into workflows.
 */
final class InboxReader {

    /** Mail read in one poll at most; the rest follows on the next poll, which IDLE or the interval brings. */
    static final int MOST_PER_POLL = 100;

    /** What one read found, and whether mail was left for the next read. */
    record Read(PollResult result, boolean more) {
    }

    private final Clock clock;

    InboxReader(Clock clock) {
        this.clock = clock;
    }

    Read read(MailAccount account, Optional<String> cursor) throws Exception {
        return MailClassLoader.call(() -> {
            try (IMAPStore store = MailSessions.imap(account, MailSessions.READ_TIMEOUT)) {
                IMAPFolder folder = (IMAPFolder) store.getFolder(account.folder());
                folder.open(Folder.READ_ONLY);
                try {
                    return readOpen(folder, cursor.flatMap(UidCursor::parse));
                } finally {
                    folder.close(false);
                }
            }
        });
    }

    private Read readOpen(IMAPFolder folder, Optional<UidCursor> cursor) throws Exception {
        long validity = folder.getUIDValidity();
        long newest = newestUid(folder);
        if (cursor.isEmpty() || cursor.get().validity() != validity) {
            return new Read(new PollResult(List.of(), Optional.of(new UidCursor(validity, newest).toString())), false);
        }
        long last = cursor.get().lastUid();
        if (newest <= last) {
            return new Read(new PollResult(List.of(), Optional.empty()), false);
        }
        // "n:*" always names the newest message, even when its UID is below n, so the range is filtered again.
        List<Message> arrived = new ArrayList<>(Arrays.asList(folder.getMessagesByUID(last + 1,
                UIDFolder.MAXUID)));
        arrived.removeIf(message -> message == null || uid(folder, message) <= last);
        arrived.sort(Comparator.comparingLong(message -> uid(folder, message)));
        List<Message> batch = arrived.subList(0, Math.min(MOST_PER_POLL, arrived.size()));
        folder.fetch(batch.toArray(Message[]::new), profile());
        var events = new ArrayList<InboundEvent>();
        long reached = last;
        for (Message message : batch) {
            long uid = uid(folder, message);
            events.add(ReceivedMail.event((MimeMessage) message, validity, uid, clock.instant()));
            reached = uid;
        }
        if (batch.size() == arrived.size()) {
            // Nothing left behind: the cursor may pass UIDs of mail deleted before it was read.
            reached = Math.max(reached, newest);
        }
        return new Read(new PollResult(events, Optional.of(new UidCursor(validity, reached).toString())),
                batch.size() < arrived.size());
    }

    /** The highest UID given so far: one below UIDNEXT, or the last message's when the server sends no UIDNEXT. */
    private static long newestUid(IMAPFolder folder) throws Exception {
        long next = folder.getUIDNext();
        if (next > 0) {
            return next - 1;
        }
        int count = folder.getMessageCount();
        return count == 0 ? 0 : folder.getUID(folder.getMessage(count));
    }

    private static long uid(IMAPFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("The IMAP server gave no UID for a message: " + e.getMessage(), e);
        }
    }

    private static FetchProfile profile() {
        var profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.CONTENT_INFO);
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add("Message-ID");
        profile.add("In-Reply-To");
        profile.add("References");
        profile.add("Reply-To");
        return profile;
    }
}
