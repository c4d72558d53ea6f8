using System.Text.Json.Serialization;

namespace GraduateFair.Grains.LiveSessions;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(LiveSessionListed), "listed")]
public abstract record LiveSessionDirectoryEvent;

public sealed record LiveSessionListed(LiveSessionSummary Session) : LiveSessionDirectoryEvent;
