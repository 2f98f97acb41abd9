package cn.techcity.cockpit.store;

/** A signed-in account: the name written into the audit rows, and its role. */
public record Account(String username, Role role) {
}
