using System.Text.Json.Serialization;
using GraduateFair.Domain.Accounts;

namespace GraduateFair.Grains.Accounts;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(UserCreated), "created")]
[JsonDerivedType(typeof(SignInRecorded), "sign-in")]
[JsonDerivedType(typeof(PasswordChanged), "password-changed")]
public abstract record UserEvent;

public sealed record UserCreated(UserAccount Account, string PasswordHash) : UserEvent;

public sealed record SignInRecorded(SignInLockout Lockout) : UserEvent;

public sealed record PasswordChanged(string PasswordHash) : UserEvent;
