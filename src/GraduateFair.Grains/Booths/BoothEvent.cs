using System.Text.Json.Serialization;

namespace GraduateFair.Grains.Booths;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(BoothCreated), "created")]
[JsonDerivedType(typeof(JobPosted), "job-posted")]
public abstract record BoothEvent;

public sealed record BoothCreated(BoothInfo Booth) : BoothEvent;

public sealed record JobPosted(JobInfo Job) : BoothEvent;
