package com.branchmate.bot.kb;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import com.branchmate.bot.platform.persistence.GeneratedId;

@Mapper
interface KbMapper {

    void insertDocument(@Param("d") KbDocumentRow document, @Param("id") GeneratedId id);

    int updateDocument(@Param("id") long id, @Param("d") KbDocumentRow document);

    void insertChunks(@Param("chunks") List<KbChunkRow> chunks);

    int deleteChunks(@Param("documentId") long documentId);

    int deleteDocument(@Param("id") long id);

    KbDocumentRow findById(@Param("id") long id);

    KbDocumentRow findByChecksum(@Param("checksum") String checksum);

    KbDocumentRow findByTitle(@Param("title") String title);

    List<KbDocumentRow> findAll();

    List<KbChunkRow> findChunks(@Param("documentId") long documentId);

    void bumpRevision();

    void dismissBuiltIn(@Param("fileName") String fileName);

    int isDismissed(@Param("fileName") String fileName);

    boolean builtInEnabled();

    void setBuiltInEnabled(@Param("enabled") boolean enabled);

    long revision();
}
