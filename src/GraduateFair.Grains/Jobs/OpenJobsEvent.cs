using System.Text.Json.Serialization;

namespace GraduateFair.Grains.Jobs;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(OpenJobAdded), "added")]
[JsonDerivedType(typeof(FairJobsClosed), "fair-closed")]
public abstract record OpenJobsEvent;

public sealed record OpenJobAdded(OpenJobEntry Job) : OpenJobsEvent;

/// <summary>The fair closed: its jobs leave the index, and jobs posted there later never enter it.</summary>
public sealed record FairJobsClosed(string FairId) : OpenJobsEvent;
