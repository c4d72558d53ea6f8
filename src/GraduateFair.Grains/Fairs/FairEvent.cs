using System.Text.Json.Serialization;
using GraduateFair.Domain.Fairs;

namespace GraduateFair.Grains.Fairs;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(FairCreated), "created")]
[JsonDerivedType(typeof(FairStatusChanged), "status-changed")]
[JsonDerivedType(typeof(FairBoothAdded), "booth-added")]
public abstract record FairEvent;

public sealed record FairCreated(FairInfo Fair) : FairEvent;

public sealed record FairStatusChanged(FairStatus Status, DateTimeOffset At) : FairEvent;

public sealed record FairBoothAdded(FairBooth Booth) : FairEvent;
