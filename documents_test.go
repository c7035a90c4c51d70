package jinan

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"testing"
)

// TestSeedsArePinned fails when a seed's bytes change: the seeds are the
// sources, copied byte for byte, and every source span points into them.
func TestSeedsArePinned(t *testing.T) {
	want := map[string]string{
		"000_7d0ca8f784bc605c.txt": "da6521f8557cac44d35bfb104b7fa79cddab557b772519b1b341f5d026a14e34",
		"001_fdc0b1e40edbcf43.txt": "bab65499b8ee7174f1550f33f9739b618ac478f3ecd9153ca4e6d335930bd6e1",
		"002_efc7dab49f01bd8e.txt": "1ec474fbadfdffb349c158e42573316515ef2f5a69eb92025b74143b54f25b4a",
		"003_af740044c03de167.txt": "7d4f0063f6a2459f446fefb4a0fdec635dc5111096735cbeec73542d3f31a0ac",
		"004_a32e2b83e55b5a5b.txt": "43d9962b6552aafe5755764c2e3e889f722d071815ce1618d9ef81711f9c2d1f",
	}
	docs := Documents()
	if len(docs) != len(want) {
		t.Fatalf("Documents() has %d documents, want %d", len(docs), len(want))
	}
	for _, d := range docs {
		text, err := d.Text()
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(text)
		if got := hex.EncodeToString(sum[:]); got != want[d.File] {
			t.Errorf("%s: sha256 %s, want %s", d.File, got, want[d.File])
		}
	}
}

func TestDocumentByFile(t *testing.T) {
	d, err := DocumentByFile("004_a32e2b83e55b5a5b.txt")
	if err != nil {
		t.Fatal(err)
	}
	if d.Newspaper != "济南日报" || d.Published != D(2021, 12, 27) {
		t.Errorf("004 = %s %v, want 济南日报 2021-12-27", d.Newspaper, d.Published)
	}
	if _, err := DocumentByFile("005.txt"); !errors.Is(err, ErrNotFound) {
		t.Errorf("DocumentByFile(005.txt) error = %v, want ErrNotFound", err)
	}
}

func TestDocumentsIsACopy(t *testing.T) {
	Documents()[0].File = "changed"
	if Documents()[0].File != "000_7d0ca8f784bc605c.txt" {
		t.Error("changing the slice Documents returned changed the package's documents")
	}
}
