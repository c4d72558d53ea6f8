using GraduateFair.Domain.Interviews;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.Interviews;

/// <summary>One remote interview (面试间), keyed by room id: its participants, the employer's private notes, the outcome and the chat transcript.</summary>
public interface IInterviewRoomGrain : IGrainWithStringKey
{
    Task OpenAsync(RoomRecord room);

    Task<RoomRecord?> GetAsync();

    /// <summary>Ends the room (idempotent); returns the room, or null when there is none.</summary>
    Task<RoomRecord?> EndAsync(InterviewOutcome outcome, string? notes, DateTimeOffset endedAt);

    /// <summary>Replaces the employer's private notes.</summary>
    Task<bool> SetNotesAsync(string notes);

    /// <summary>Adds a chat message to the transcript; null when the room is not running.</summary>
    Task<ChatMessage?> AddMessageAsync(string fromUserId, string text);

    Task<IReadOnlyList<ChatMessage>> GetTranscriptAsync();
}
