package com.branchmate.bot.channels;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InboundMessageMapper {

    /** Throws DuplicateKeyException when the message is already stored: the de-duplication claim. */
    void insert(@Param("row") InboundStore.NewRow row);

    InboundRow find(@Param("id") long id);

    /** PENDING, or PROCESSING with a lapsed lease (its worker died), becomes PROCESSING until {@code until}. */
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("until") Instant until);

    int replyReady(@Param("id") long id, @Param("reply") String reply, @Param("now") Instant now);

    /** A REPLYING row whose next try is due is taken for one send until {@code until}. */
    int claimSend(@Param("id") long id, @Param("now") Instant now, @Param("until") Instant until);

    int retryLater(@Param("id") long id, @Param("at") Instant at, @Param("error") String error,
                   @Param("now") Instant now);

    int finish(@Param("id") long id, @Param("status") String status, @Param("error") String error,
               @Param("now") Instant now);

    /** Rows some worker should pick up: old PENDING ones, PROCESSING ones with a lapsed lease, REPLYING ones due. */
    List<InboundRow> findDue(@Param("now") Instant now, @Param("pendingBefore") Instant pendingBefore,
                             @Param("limit") int limit);

    int purge(@Param("before") Instant before);

    long countByStatus(@Param("status") String status);
}
