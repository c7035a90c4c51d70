package figure

import (
	"fmt"
	"math/rand"
	"testing"
	"time"
)

func TestZZHang(t *testing.T) {
	alpha := []rune("0123456789.,%-—～至到万亿十百千一二两三零〇几数第前首位同比增长下降达为约近超过逾突破不到以上左右以下以内内级余多个月年家元美元（）()分之成强大e 　\xff０．％")
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 2000000; n++ {
		l := r.Intn(12)
		b := make([]rune, l)
		for i := range b {
			b[i] = alpha[r.Intn(len(alpha))]
		}
		s := string(b)
		done := make(chan bool, 1)
		go func() { Parse(s); Scan(s); done <- true }()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			fmt.Printf("HANG %q\n", s)
			t.Fatalf("hang %q", s)
		}
	}
}
