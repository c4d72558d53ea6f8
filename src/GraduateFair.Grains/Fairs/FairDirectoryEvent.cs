using System.Text.Json.Serialization;

namespace GraduateFair.Grains.Fairs;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(FairListed), "listed")]
public abstract record FairDirectoryEvent;

public sealed record FairListed(FairSummary Fair) : FairDirectoryEvent;
