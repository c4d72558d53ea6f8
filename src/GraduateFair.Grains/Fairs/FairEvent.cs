using System.Text.Json.Serialization;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Notifications;

namespace GraduateFair.Grains.Fairs;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(FairCreated), "created")]
[JsonDerivedType(typeof(FairStatusChanged), "status-changed")]
[JsonDerivedType(typeof(FairBoothAdded), "booth-added")]
[JsonDerivedType(typeof(FairEdited), "edited")]
[JsonDerivedType(typeof(GraduateRegistered), "graduate-registered")]
[JsonDerivedType(typeof(FairReminderSent), "reminder-sent")]
public abstract record FairEvent;

public sealed record FairCreated(FairInfo Fair) : FairEvent;

public sealed record FairStatusChanged(FairStatus Status, DateTimeOffset At) : FairEvent;

public sealed record FairBoothAdded(FairBooth Booth) : FairEvent;

/// <summary>The organiser changed the fair's title, description or times (the values after the edit).</summary>
public sealed record FairEdited(string Title, string? Description, DateTimeOffset OpensAt, DateTimeOffset ClosesAt) : FairEvent;

public sealed record GraduateRegistered(string GraduateId, DateTimeOffset At) : FairEvent;

/// <summary>A reminder went out for the fair opening at <paramref name="OpensAt"/>; moving the opening arms it again.</summary>
public sealed record FairReminderSent(FairReminder Reminder, DateTimeOffset OpensAt, DateTimeOffset At) : FairEvent;
