package dev.platina.identity.api;

/** A token just created: its secret is shown this once and stored only as a hash. */
public record IssuedApiToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + token + "]";
    }
}
