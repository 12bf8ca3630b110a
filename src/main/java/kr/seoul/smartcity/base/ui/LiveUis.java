package kr.seoul.smartcity.base.ui;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Counts the open sessions and UIs of this instance and publishes the counts in JMX. */
@Component
class LiveUis implements VaadinServiceInitListener, LiveUisMXBean, DisposableBean {

    static final String OBJECT_NAME = "kr.seoul.smartcity:type=LiveUis";
    private static final Logger log = LoggerFactory.getLogger(LiveUis.class);

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName name;
    private boolean registered;

    LiveUis() throws JMException {
        name = new ObjectName(OBJECT_NAME);
        try {
            server.registerMBean(this, name);
            registered = true;
        } catch (InstanceAlreadyExistsException e) {
            // a second application context in the same JVM (tests of two instances): the first one keeps the name
            log.debug("{} is already registered in this JVM", OBJECT_NAME);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }

    @Override
    public int getSessions() {
        return sessions.get();
    }

    @Override
    public int getUis() {
        return uis.get();
    }

    @Override
    public void destroy() throws JMException {
        if (registered) {
            server.unregisterMBean(name);
        }
    }
}
