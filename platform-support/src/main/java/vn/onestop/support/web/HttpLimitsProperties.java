package vn.onestop.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code platform.http.*}: limits applied to every request. */
@ConfigurationProperties("platform.http")
public record HttpLimitsProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
