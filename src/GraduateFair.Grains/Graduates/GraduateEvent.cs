using System.Text.Json.Serialization;
using GraduateFair.Domain.Cases;

namespace GraduateFair.Grains.Graduates;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ProfileUpdated), "profile-updated")]
[JsonDerivedType(typeof(PriorityConsented), "priority-consented")]
[JsonDerivedType(typeof(PriorityWithdrawn), "priority-withdrawn")]
[JsonDerivedType(typeof(QueueSlotReserved), "slot-reserved")]
[JsonDerivedType(typeof(QueueSlotReleased), "slot-released")]
[JsonDerivedType(typeof(InvitationHeld), "invitation-held")]
[JsonDerivedType(typeof(InvitationCleared), "invitation-cleared")]
[JsonDerivedType(typeof(RoomEntered), "room-entered")]
[JsonDerivedType(typeof(RoomLeft), "room-left")]
[JsonDerivedType(typeof(PriorityLaneEntered), "priority-lane-entered")]
[JsonDerivedType(typeof(CaseOpened), "case-opened")]
[JsonDerivedType(typeof(CaseStatusRecorded), "case-status")]
[JsonDerivedType(typeof(CaseServiceRecorded), "case-service")]
[JsonDerivedType(typeof(CaseContactRecorded), "case-contact")]
[JsonDerivedType(typeof(QueueRemovalNoted), "queue-removal-noted")]
[JsonDerivedType(typeof(RemovalNoticesCleared), "removal-notices-cleared")]
public abstract record GraduateEvent;

public sealed record ProfileUpdated(GraduateProfile Profile) : GraduateEvent;

public sealed record PriorityConsented(PriorityInfo Priority) : GraduateEvent;

public sealed record PriorityWithdrawn : GraduateEvent;

public sealed record QueueSlotReserved(QueueSlot Slot) : GraduateEvent;

public sealed record QueueSlotReleased(string BoothId) : GraduateEvent;

public sealed record InvitationHeld(HeldInvitation Invitation) : GraduateEvent;

public sealed record InvitationCleared(string InvitationId, bool ReleaseSlot) : GraduateEvent;

public sealed record RoomEntered(CurrentRoom Room) : GraduateEvent;

public sealed record RoomLeft(string RoomId) : GraduateEvent;

/// <summary>The graduate entered a booth's queue in the priority lane: that queue must forget it if consent is withdrawn.</summary>
public sealed record PriorityLaneEntered(string BoothId) : GraduateEvent;

/// <summary>The graduate's case (实名台账) opened, with their first profile.</summary>
public sealed record CaseOpened(string GraduateId, DateTimeOffset At) : GraduateEvent;

/// <summary>The case's status changed (<see cref="GraduateCase"/> decided it); the last contact after it.</summary>
public sealed record CaseStatusRecorded(CaseChange Change, DateTimeOffset? LastContactAt) : GraduateEvent;

public sealed record CaseServiceRecorded(ServiceRecord Service, DateTimeOffset? LastContactAt) : GraduateEvent;

/// <summary>An organiser was in touch (a completed follow-up).</summary>
public sealed record CaseContactRecorded(DateTimeOffset? LastContactAt) : GraduateEvent;
public sealed record QueueRemovalNoted(QueueRemovalNotice Notice) : GraduateEvent;

public sealed record RemovalNoticesCleared(IReadOnlyList<QueueRemovalNotice> Notices) : GraduateEvent;
