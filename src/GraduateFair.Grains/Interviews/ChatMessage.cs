namespace GraduateFair.Grains.Interviews;

public sealed record ChatMessage(string FromUserId, string Text, DateTimeOffset SentAt);
