namespace GraduateFair.Server.Infrastructure;

internal static class Titles
{
    public static string For(int status) => status switch
    {
        400 => "Bad request",
        401 => "Not signed in",
        403 => "Not allowed",
        404 => "Not found",
        405 => "Method not allowed",
        409 => "Conflict with the current state",
        413 => "Too large",
        415 => "Unsupported media type",
        429 => "Too many requests",
        503 => "Temporarily unavailable",
        _ => "Error",
    };
}
