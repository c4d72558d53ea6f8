using GraduateFair.Domain.Interviews;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.Interviews;

public sealed class InterviewRoomGrain : JournaledGrain<RoomState, RoomEvent>, IInterviewRoomGrain
{
    public Task OpenAsync(RoomRecord room)
    {
        ArgumentNullException.ThrowIfNull(room);
        if (State.Room is null)
        {
            RaiseEvent(new RoomOpened(room));
        }

        return Task.CompletedTask;
    }

    public Task<RoomRecord?> GetAsync() => Task.FromResult(State.Room);

    public Task<RoomRecord?> EndAsync(InterviewOutcome outcome, string? notes, DateTimeOffset endedAt)
    {
        if (State.Room is { EndedAt: null })
        {
            RaiseEvent(new RoomClosed(outcome, notes, endedAt));
        }

        return Task.FromResult(State.Room);
    }

    public Task<bool> SetNotesAsync(string notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        if (State.Room is null)
        {
            return Task.FromResult(false);
        }

        if (State.Room.Notes != notes)
        {
            RaiseEvent(new NotesSet(notes));
        }

        return Task.FromResult(true);
    }

    public Task<ChatMessage?> AddMessageAsync(string fromUserId, string text)
    {
        if (State.Room is not { EndedAt: null })
        {
            return Task.FromResult<ChatMessage?>(null);
        }

        var message = new ChatMessage(fromUserId, text, TimeProvider.GetUtcNow());
        RaiseEvent(new MessageAdded(message));
        return Task.FromResult<ChatMessage?>(message);
    }

    public Task<IReadOnlyList<ChatMessage>> GetTranscriptAsync() => Task.FromResult<IReadOnlyList<ChatMessage>>([.. State.Transcript]);

    protected override void TransitionState(RoomState state, RoomEvent change)
    {
        switch (change)
        {
            case RoomOpened opened:
                state.Room = opened.Room;
                break;
            case RoomClosed closed:
                state.Room = state.Room! with { Outcome = closed.Outcome, EndedAt = closed.EndedAt, Notes = closed.Notes ?? state.Room.Notes };
                break;
            case NotesSet notes:
                state.Room = state.Room! with { Notes = notes.Notes };
                break;
            case MessageAdded added:
                state.Transcript.Add(added.Message);
                break;
        }
    }
}
