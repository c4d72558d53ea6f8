namespace GraduateFair.Grains.Queues;

/// <param name="RoomId">The interview room, when accepted.</param>
public sealed record AnswerResult(AnswerOutcome Outcome, string? RoomId = null);
