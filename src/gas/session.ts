// Who is using the add-on: the active user's address (scope userinfo.email; blank where Google withholds it).

export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail();
}
