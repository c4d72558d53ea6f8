using System.Text.Json.Serialization;

namespace GraduateFair.Runtime.Tests.TestGrains;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Added), "added")]
[JsonDerivedType(typeof(Ticked), "ticked")]
public abstract record CounterEvent;

public sealed record Added(long Amount) : CounterEvent;

public sealed record Ticked : CounterEvent;
