using System.Text.Json.Serialization;

namespace GraduateFair.Grains.Resumes;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ResumeReplaced), "replaced")]
[JsonDerivedType(typeof(ResumeAccessed), "accessed")]
public abstract record ResumeEvent;

public sealed record ResumeReplaced(ResumeFile Resume) : ResumeEvent;

public sealed record ResumeAccessed(ResumeAccess Access) : ResumeEvent;
