namespace GraduateFair.Grains.LiveSessions;

/// <param name="Message">The message as posted, when it was.</param>
public sealed record ChatPostResult(ChatPostOutcome Outcome, LiveChatMessage? Message = null);
