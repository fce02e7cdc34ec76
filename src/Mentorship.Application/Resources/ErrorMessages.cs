namespace Mentorship.Application.Resources;

/// <summary>
/// The message catalogue of error codes: ErrorMessages.resx holds the Russian text (the default), ErrorMessages.en.resx
/// the English one. Read through <c>IStringLocalizer&lt;ErrorMessages&gt;</c> (or <see cref="Common.Localization.Catalogue"/>).
/// </summary>
public sealed class ErrorMessages
{
    private ErrorMessages()
    {
    }
}
