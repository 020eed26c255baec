package org.carebridge.kubernetes;

/** An image reference's parts: registry/repository, then :tag or @digest. */
final class Images {

    private Images() {
    }

    static String name(String image) {
        int at = image.indexOf('@');
        String withoutDigest = at < 0 ? image : image.substring(0, at);
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    /** ":tag", "@digest" (or both) as written, or "" when the reference names neither. */
    static String tagPart(String image) {
        return image.substring(name(image).length());
    }

    /** Pinned: a digest, or a tag other than latest. */
    static boolean pinned(String image) {
        String tag = tagPart(image);
        return tag.contains("@") || (!tag.isEmpty() && !tag.equals(":latest"));
    }
}
