using System.Text.Json.Serialization;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Interviews;

namespace GraduateFair.Grains.Queues;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(QueueInitialized), "initialized")]
[JsonDerivedType(typeof(GraduateJoined), "joined")]
[JsonDerivedType(typeof(GraduateLeft), "left")]
[JsonDerivedType(typeof(InvitationIssued), "invited")]
[JsonDerivedType(typeof(InvitationAccepted), "accepted")]
[JsonDerivedType(typeof(InvitationDeclined), "declined")]
[JsonDerivedType(typeof(InvitationLapsed), "expired")]
[JsonDerivedType(typeof(InterviewEnded), "room-ended")]
[JsonDerivedType(typeof(PauseChanged), "pause-changed")]
[JsonDerivedType(typeof(QueueFairStatusChanged), "fair-status")]
[JsonDerivedType(typeof(LaneWithdrawn), "lane-withdrawn")]
public abstract record QueueEvent;

public sealed record QueueInitialized(QueueSetup Setup) : QueueEvent;

/// <param name="Priority">Kept only inside the queue's own storage; erased from it when consent is withdrawn.</param>
/// <param name="At">When they joined (for the report's waits); null in events stored before it was kept.</param>
public sealed record GraduateJoined(EmployerQueueEntry Entry, bool Priority, DateTimeOffset? At = null) : QueueEvent;

public sealed record GraduateLeft(string GraduateId) : QueueEvent;

public sealed record InvitationIssued(OpenInvitation Invitation) : QueueEvent;

public sealed record InvitationAccepted(string InvitationId, RunningRoom Room) : QueueEvent;

public sealed record InvitationDeclined(string InvitationId) : QueueEvent;

public sealed record InvitationLapsed(string InvitationId) : QueueEvent;

public sealed record InterviewEnded(string RoomId, TimeSpan Duration, InterviewOutcome Outcome) : QueueEvent;

public sealed record PauseChanged(bool Paused) : QueueEvent;

public sealed record QueueFairStatusChanged(FairStatus Status) : QueueEvent;

public sealed record LaneWithdrawn(string GraduateId) : QueueEvent;
