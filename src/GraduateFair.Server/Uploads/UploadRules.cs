namespace GraduateFair.Server.Uploads;

/// <summary>What each kind of upload accepts (1 MB = 1,048,576 bytes).</summary>
public static class UploadRules
{
    /// <summary>A resume is at most 5 MB.</summary>
    public const long ResumeMaxBytes = 5 * 1024 * 1024;

    /// <summary>A company logo is at most 1 MB.</summary>
    public const long LogoMaxBytes = 1024 * 1024;

    /// <summary>The multipart form field that carries the file.</summary>
    public const string FileField = "file";

    /// <summary>
    /// Room for the multipart framing (boundaries, part headers) around the largest file, so the
    /// request body limit never refuses a file the file limit accepts.
    /// </summary>
    public const long FormOverhead = 64 * 1024;
}
