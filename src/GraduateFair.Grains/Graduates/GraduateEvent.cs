using System.Text.Json.Serialization;

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

public sealed record QueueRemovalNoted(QueueRemovalNotice Notice) : GraduateEvent;

public sealed record RemovalNoticesCleared(DateTimeOffset UpTo) : GraduateEvent;
