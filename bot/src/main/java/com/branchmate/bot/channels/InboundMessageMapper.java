package com.branchmate.bot.channels;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Leases and their comparisons are epoch milliseconds ({@code nowMillis}, {@code until}); {@code now} is for people. */
@Mapper
interface InboundMessageMapper {

    /** Throws DuplicateKeyException when the message is already stored: the de-duplication claim. */
    void insert(@Param("row") InboundStore.NewRow row);

    InboundRow find(@Param("id") long id);

    int countByMessage(@Param("channel") String channel, @Param("messageId") String messageId);

    /** PENDING, or PROCESSING with a lapsed lease (its worker died), becomes PROCESSING until {@code until}. */
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("nowMillis") long nowMillis,
              @Param("until") long until);

    int replyReady(@Param("id") long id, @Param("reply") String reply, @Param("now") Instant now,
                   @Param("nowMillis") long nowMillis);

    /** A REPLYING row whose next try is due is taken for one send until {@code until}. */
    int claimSend(@Param("id") long id, @Param("now") Instant now, @Param("nowMillis") long nowMillis,
                  @Param("until") long until);

    int retryLater(@Param("id") long id, @Param("at") long at, @Param("error") String error,
                   @Param("now") Instant now);

    int finish(@Param("id") long id, @Param("status") String status, @Param("error") String error,
               @Param("now") Instant now, @Param("nowMillis") long nowMillis);

    /** Rows some worker should pick up: old PENDING ones, PROCESSING ones with a lapsed lease, REPLYING ones due. */
    List<InboundRow> findDue(@Param("nowMillis") long nowMillis, @Param("pendingBefore") long pendingBefore,
                             @Param("limit") int limit);

    int purge(@Param("before") long before);

    long countByStatus(@Param("status") String status);
}
