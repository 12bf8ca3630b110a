package kr.seoul.smartcity.base.events;

import java.util.List;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class LiveEventsConfiguration {

    @Bean(destroyMethod = "close")
    LiveEventBus liveEventBus(DatabaseClient database, R2dbcConnectionDetails connection, JsonMapper json) {
        ConnectionFactory listenerConnections =
                ConnectionFactories.get(unpooled(connection.getConnectionFactoryOptions()));
        return new LiveEventBus(json, new PostgresEventRelay(database, listenerConnections, json));
    }

    /** The LISTEN connection must stay one physical connection, so it bypasses the pool. */
    static ConnectionFactoryOptions unpooled(ConnectionFactoryOptions options) {
        if (!"pool".equals(options.getValue(ConnectionFactoryOptions.DRIVER))) {
            return options;
        }
        ConnectionFactoryOptions.Builder direct = ConnectionFactoryOptions.builder()
                .option(ConnectionFactoryOptions.DRIVER, (String)
                        options.getRequiredValue(ConnectionFactoryOptions.PROTOCOL));
        for (Option<?> option : List.of(
                ConnectionFactoryOptions.HOST,
                ConnectionFactoryOptions.PORT,
                ConnectionFactoryOptions.DATABASE,
                ConnectionFactoryOptions.USER,
                ConnectionFactoryOptions.PASSWORD,
                ConnectionFactoryOptions.SSL)) {
            copy(options, direct, option);
        }
        return direct.build();
    }

    @SuppressWarnings("unchecked")
    private static <T> void copy(ConnectionFactoryOptions from, ConnectionFactoryOptions.Builder to, Option<T> option) {
        Object value = from.getValue(option);
        if (value != null) {
            to.option(option, (T) value);
        }
    }
}
