package kr.seoul.smartcity.call.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Within one browser tab: the call list was opened, so the missed-call number in the top bar goes back to none. */
class MissedCallsSeen extends ComponentEvent<UI> {

    MissedCallsSeen(UI ui) {
        super(ui, false);
    }
}
