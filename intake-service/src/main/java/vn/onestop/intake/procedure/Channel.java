package vn.onestop.intake.procedure;

import java.util.Arrays;
import java.util.Optional;

/** How a dossier reaches the center; KenhThucHien 1 = in person, 2 = online, postal tracked apart. */
public enum Channel {

	IN_PERSON, ONLINE, POSTAL;

	public static Optional<Channel> parse(String value) {
		return Arrays.stream(values()).filter(channel -> channel.name().equals(value)).findFirst();
	}

}
