using System.Text.Json.Serialization;

namespace GraduateFair.Grains.Applications;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(JobApplied), "applied")]
public abstract record JobApplicationEvent;

public sealed record JobApplied(JobApplication Application) : JobApplicationEvent;
