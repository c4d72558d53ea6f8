namespace GraduateFair.Grains.LiveSessions;

public sealed record LiveChatMessage(string MessageId, string SessionId, string FromUserId, string DisplayName, string Text, DateTimeOffset SentAt);
