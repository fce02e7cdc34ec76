namespace Mentorship.Application.Resources;

/// <summary>
/// Every other text the API shows: titles of reference values and checklist items, matching reasons, export headers.
/// DisplayTexts.resx holds the Russian text (the default), DisplayTexts.en.resx the English one.
/// </summary>
public sealed class DisplayTexts
{
    private DisplayTexts()
    {
    }
}
