namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of putting programmes and success cases on the open information resource.</summary>
    public static class Publication
    {
        public const string ProgrammeAlreadyPublished = "publication.programme_already_published";
        public const string CaseAlreadyPublished = "publication.case_already_published";
    }
}
