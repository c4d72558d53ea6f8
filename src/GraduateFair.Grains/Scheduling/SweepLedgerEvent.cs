using System.Text.Json.Serialization;

namespace GraduateFair.Grains.Scheduling;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SweepRan), "ran")]
public abstract record SweepLedgerEvent;

public sealed record SweepRan(DateTimeOffset At) : SweepLedgerEvent;
