using System.Text.Json.Serialization;

namespace GraduateFair.Grains.Accounts;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(EmailClaimed), "claimed")]
public abstract record EmailEvent;

public sealed record EmailClaimed(string UserId) : EmailEvent;
