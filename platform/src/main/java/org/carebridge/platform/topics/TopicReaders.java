package org.carebridge.platform.topics;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Map;

/**
 * The topics this service publishes and the consumer groups that read each of them, e.g.
 * {@code carebridge.topics.readers."case.escalations"=network-service}. The producer names its readers (as its AsyncAPI
 * document does) so that a reader that has not started yet still holds records back.
 */
@ConfigMapping(prefix = "carebridge.topics")
public interface TopicReaders {

    /** topic name -> the group ids of the consumers that read it; a topic not listed here is never cut. */
    Map<String, List<String>> readers();

    /** How often consumed records are cut (platform default 30s); {@code off} leaves them to the broker's retention. */
    String trimInterval();
}
