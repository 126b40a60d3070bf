#!/usr/bin/env python3
# Checks the release manifest's pin of the app's own source against the git
# repository it is built from:
#   - the source is the project's repository, with a tag and a full commit
#     hash (Flathub's linter refuses a tag without a commit);
#   - once the tag exists here, it must name that commit: a release whose
#     tag went on another commit has to update the manifest;
#   - until then the commit must be one of this repository's, so that the
#     commit the manifest names for the release really exists.
# Skips (exit 77) outside a git checkout, and in a shallow clone that does not
# have the commit.
# Usage: check-release-pin.py SOURCE_ROOT MANIFEST
import json
import re
import subprocess
import sys

APP_MODULE = 'learning-cities'
REPOSITORY = 'https://github.com/learningcities/LearningCities.git'


def git(root, *args):
    return subprocess.run(['git', '-C', root, *args], capture_output=True, text=True)


def main():
    root, manifest_path = sys.argv[1], sys.argv[2]
    with open(manifest_path, encoding='utf-8') as f:
        manifest = json.load(f)

    modules = [m for m in manifest['modules'] if m.get('name') == APP_MODULE]
    if len(modules) != 1:
        print(f'{manifest_path}: expected one module named {APP_MODULE}', file=sys.stderr)
        return 1
    sources = modules[0].get('sources', [])
    if len(sources) != 1 or sources[0].get('type') != 'git':
        print(f'{APP_MODULE}: expected one git source', file=sys.stderr)
        return 1
    source = sources[0]
    url, tag, commit = source.get('url'), source.get('tag'), source.get('commit')
    if url != REPOSITORY:
        print(f'{APP_MODULE}: url {url}, expected {REPOSITORY}', file=sys.stderr)
        return 1
    if not tag or not commit or not re.fullmatch(r'[0-9a-f]{40}', commit):
        print(f'{APP_MODULE}: needs a tag and a full commit hash (tag {tag}, commit {commit})',
              file=sys.stderr)
        return 1
    print(f'{APP_MODULE}: tag {tag}, commit {commit}')

    if git(root, 'rev-parse', '--git-dir').returncode != 0:
        print(f'{root} is not a git checkout: skipped')
        return 77

    tagged = git(root, 'rev-parse', '--verify', '--quiet', f'refs/tags/{tag}^{{commit}}')
    if tagged.returncode == 0:
        if tagged.stdout.strip() != commit:
            print(f'tag {tag} is commit {tagged.stdout.strip()}, the manifest says {commit}',
                  file=sys.stderr)
            return 1
        print(f'tag {tag} exists here and is that commit')
        return 0

    if git(root, 'cat-file', '-e', f'{commit}^{{commit}}').returncode == 0:
        print(f'tag {tag} does not exist here yet; the commit does')
        return 0
    if git(root, 'rev-parse', '--is-shallow-repository').stdout.strip() == 'true':
        print(f'commit {commit} is not in this shallow clone: skipped')
        return 77
    print(f'commit {commit} is not in this repository', file=sys.stderr)
    return 1


if __name__ == '__main__':
    sys.exit(main())
