/**
 * The gateway the preview's node tests call Apex through: the project's real Apex on a fresh in-memory org (no sample
 * data), its clock at noon UTC on 2026-11-20.
 */
import { repoRoot } from '../../lib/paths';
import type { ApexSurface } from '../../typegen/apex-signatures';
import { ApexGateway } from '../apex';
import { projectSurface } from '../org';
import {
    defaultParseCacheDir,
    loadProject,
    orgFor,
    programFor,
    setParseCacheDir
} from '../../../tools/apex-runtime/src/index';

export function projectGateway(): { gateway: ApexGateway; surface: ApexSurface } {
    setParseCacheDir(defaultParseCacheDir(repoRoot));
    const project = loadProject(repoRoot);
    const surface = projectSurface(repoRoot);
    const gateway = new ApexGateway({
        program: programFor(project),
        database: orgFor(project),
        surface,
        now: () => Date.parse('2026-11-20T12:00:00Z')
    });
    return { gateway, surface };
}
