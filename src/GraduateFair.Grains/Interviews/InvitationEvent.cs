using System.Text.Json.Serialization;

namespace GraduateFair.Grains.Interviews;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(InvitationCreated), "created")]
[JsonDerivedType(typeof(InvitationStatusSet), "status-set")]
public abstract record InvitationEvent;

public sealed record InvitationCreated(InvitationRecord Invitation) : InvitationEvent;

public sealed record InvitationStatusSet(InvitationStatus Status, string? RoomId) : InvitationEvent;
