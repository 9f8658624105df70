package vn.onestop.notification.channel;

public enum Channel {

	SMS, EMAIL

}
