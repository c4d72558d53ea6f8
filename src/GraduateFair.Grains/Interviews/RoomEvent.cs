using System.Text.Json.Serialization;
using GraduateFair.Domain.Interviews;

namespace GraduateFair.Grains.Interviews;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RoomOpened), "opened")]
[JsonDerivedType(typeof(RoomClosed), "closed")]
[JsonDerivedType(typeof(NotesSet), "notes-set")]
[JsonDerivedType(typeof(MessageAdded), "message-added")]
public abstract record RoomEvent;

public sealed record RoomOpened(RoomRecord Room) : RoomEvent;

public sealed record RoomClosed(InterviewOutcome Outcome, string? Notes, DateTimeOffset EndedAt) : RoomEvent;

public sealed record NotesSet(string Notes) : RoomEvent;

public sealed record MessageAdded(ChatMessage Message) : RoomEvent;
