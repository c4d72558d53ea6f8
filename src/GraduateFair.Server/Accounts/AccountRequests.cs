namespace GraduateFair.Server.Accounts;

/// <summary>POST /api/auth/register. Fields are strings so every bad value gets its own field error.</summary>
public sealed record RegisterRequest(string? Email, string? Password, string? DisplayName, string? Role);

/// <summary>POST /api/auth/login.</summary>
public sealed record LoginRequest(string? Email, string? Password);

/// <summary>201 answer of register.</summary>
public sealed record RegisterResponse(string UserId);

/// <summary>200 answer of login.</summary>
public sealed record LoginResponse(string UserId, string Role, string DisplayName, string AccessToken, long ExpiresIn);

/// <summary>GET /api/me.</summary>
public sealed record MeResponse(string UserId, string Role, string DisplayName, string Email);
