/**
 * Electronic document approval (전자결재): approval lines with 전결 and 대결, boxes, versions, attachments, hash-chained
 * audit trail, publication of approved public documents (원문공개); the boxes, the document page, the draft editor with
 * auto-save.
 */
@ApplicationModule(
        displayName = "Electronic approval (전자결재)",
        allowedDependencies = {
            "base",
            "command::model",
            "command::service",
            "directory::model",
            "directory::service",
            "security::service"
        })
@NullMarked
package kr.seoul.smartcity.approval;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
