package kr.seoul.smartcity.call.ui;

import com.vaadin.flow.component.html.Div;
import kr.seoul.smartcity.call.domain.CallContext;

/** What a call is about ("경보: 마포구 PM2.5"), or nothing when it was started without a context. */
class CallContextLine extends Div {

    CallContextLine(CallContext context) {
        addClassName("call-context");
        if (!context.label().isBlank()) {
            setText(getTranslation(context.type().labelKey()) + ": " + context.label());
        }
    }
}
