using AutoMapper;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Programmes.Publication.Queries.GetPublicPage;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Publication;

/// <summary>What the use cases of a programme's page for parents share.</summary>
internal static class PublicPageReads
{
    /// <summary>The page of a programme in the caller's scope, created (unsaved) when the programme has none yet.</summary>
    public static async Task<ProgrammePublicPage> PublicPageToChangeAsync(this IApplicationDbContext db, Guid programmeId, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(programmeId, cancellationToken);
        var page = await db.ProgrammePublicPages.SingleOrDefaultAsync(p => p.ProgrammeId == programmeId, cancellationToken);
        if (page is null)
        {
            page = new ProgrammePublicPage(programmeId);
            db.ProgrammePublicPages.Add(page);
        }

        return page;
    }

    /// <summary>Saves the page; the save evicts the public cache after commit, so the public page shows the change at once.</summary>
    public static async Task<ProgrammePublicPageDto> SavedAsync(this IApplicationDbContext db, IMapper mapper, ProgrammePublicPage page, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ProgrammePublicPageDto>(page);
    }
}
