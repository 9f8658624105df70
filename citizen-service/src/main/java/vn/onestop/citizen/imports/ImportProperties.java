package vn.onestop.citizen.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code citizen.imports.*}: the largest import file (it streams, so this bounds the time, not the memory; the
 * platform's {@code platform.http.max-body-size} still holds for every other request) and the rows per batch.
 */
@ConfigurationProperties("citizen.imports")
record ImportProperties(@DefaultValue("64MB") DataSize maxBodySize, @DefaultValue("500") int batchSize) {
}
